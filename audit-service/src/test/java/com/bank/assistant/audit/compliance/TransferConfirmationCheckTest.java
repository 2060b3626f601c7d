package com.bank.assistant.audit.compliance;

import com.bank.assistant.contracts.EventTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransferConfirmationCheckTest {

	private final TransferConfirmationCheck check = new TransferConfirmationCheck(
			(record) -> record.event().envelopeJson());

	@Test
	void requestedConfirmedThenExecutedPasses() {
		CheckResult result = run(transfer(EventTypes.TRANSFER_CONFIRMATION_REQUESTED, "demo", "20.00", "Ana Souza"),
				transfer(EventTypes.TRANSFER_CONFIRMED, "demo", "20.00", "Ana Souza"),
				transfer(EventTypes.TRANSFER_EXECUTED, "demo", "20.0", "Ana Souza"));

		assertThat(result.status()).isEqualTo(CheckStatus.PASSED);
		assertThat(result.checked()).isEqualTo(1);
	}

	@Test
	void executedWithoutConfirmationIsAViolationShowingTheRecord() {
		CheckResult result = run(transfer(EventTypes.TRANSFER_CONFIRMATION_REQUESTED, "demo", "20.00", "Ana Souza"),
				transfer(EventTypes.TRANSFER_EXECUTED, "demo", "20.00", "Ana Souza"));

		assertThat(result.status()).isEqualTo(CheckStatus.VIOLATED);
		assertThat(result.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.sequence()).isEqualTo(2);
			assertThat(violation.records()).extracting((record) -> record.event().type())
				.containsExactly(EventTypes.TRANSFER_EXECUTED);
		});
	}

	@Test
	void aConfirmationOfOtherTermsOrByAnotherCustomerOrAfterwardsDoesNotCount() {
		assertThat(run(transfer(EventTypes.TRANSFER_CONFIRMED, "demo", "2.00", "Ana Souza"),
				transfer(EventTypes.TRANSFER_EXECUTED, "demo", "20.00", "Ana Souza"))
			.status()).isEqualTo(CheckStatus.VIOLATED);
		assertThat(run(transfer(EventTypes.TRANSFER_CONFIRMED, "demo", "20.00", "Ana Lima"),
				transfer(EventTypes.TRANSFER_EXECUTED, "demo", "20.00", "Ana Souza"))
			.status()).isEqualTo(CheckStatus.VIOLATED);
		assertThat(run(transfer(EventTypes.TRANSFER_CONFIRMED, "bob", "20.00", "Ana Souza"),
				transfer(EventTypes.TRANSFER_EXECUTED, "demo", "20.00", "Ana Souza"))
			.status()).isEqualTo(CheckStatus.VIOLATED);
		assertThat(run(transfer(EventTypes.TRANSFER_EXECUTED, "demo", "20.00", "Ana Souza"),
				transfer(EventTypes.TRANSFER_CONFIRMED, "demo", "20.00", "Ana Souza"))
			.status()).isEqualTo(CheckStatus.VIOLATED);
	}

	@Test
	void aConfirmationThatAnswersNoRequestIsAViolationShowingBoth() {
		CheckResult result = run(transfer(EventTypes.TRANSFER_CONFIRMATION_REQUESTED, "demo", "25.00", "Ana Souza"),
				transfer(EventTypes.TRANSFER_CONFIRMED, "demo", "20.00", "Ana Souza"),
				transfer(EventTypes.TRANSFER_EXECUTED, "demo", "20.00", "Ana Souza"));

		assertThat(result.violations()).singleElement()
			.satisfies((violation) -> assertThat(violation.records()).hasSize(2));
	}

	private CheckResult run(String... envelopes) {
		CheckTally tally = this.check.tally();
		this.check.check(Chains.of(envelopes), tally);
		return tally.result();
	}

	private static String transfer(String type, String customer, String amount, String recipient) {
		return "{\"type\":\"" + type + "\",\"customerid\":\"" + customer + "\",\"data\":{\"transferId\":\"t-1\","
				+ "\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"BRL\"},\"recipient\":{\"name\":\""
				+ recipient + "\",\"pixKey\":\"ana@example.com\"}}}";
	}

}
