package com.bank.assistant.audit.compliance;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.bank.assistant.audit.trail.AuditRecord;
import com.bank.assistant.contracts.EventTypes;

/**
 * Every executed transfer has, earlier in its conversation, a {@code TransferConfirmed}
 * of the same transfer, amount, currency and recipient by the same customer, and that
 * confirmation answers an earlier {@code TransferConfirmationRequested} with the same
 * values.
 */
final class TransferConfirmationCheck {

	static final String NAME = "transfers-confirmed";

	private final Function<AuditRecord, String> clearEnvelope;

	/** A check that reads each record's terms from {@code clearEnvelope}. */
	TransferConfirmationCheck(Function<AuditRecord, String> clearEnvelope) {
		this.clearEnvelope = clearEnvelope;
	}

	CheckTally tally() {
		return new CheckTally(NAME,
				"every TransferExecuted has an earlier TransferConfirmed of the same amount, "
						+ "currency and recipient by the same customer in the same conversation, answering a "
						+ "TransferConfirmationRequested with the same values");
	}

	/** Checks the executed transfers of one conversation's records, in sequence order. */
	void check(List<AuditRecord> records, CheckTally tally) {
		for (int i = 0; i < records.size(); i++) {
			if (EventTypes.TRANSFER_EXECUTED.equals(records.get(i).event().type())) {
				tally.checked();
				try {
					checkExecuted(records.subList(0, i), records.get(i), tally);
				}
				catch (IllegalStateException | IllegalArgumentException ex) {
					tally.violated(Violation.of(records.get(i), "its terms cannot be read: " + ex.getMessage()));
				}
			}
		}
	}

	private void checkExecuted(List<AuditRecord> earlier, AuditRecord executed, CheckTally tally) {
		TransferTerms terms = terms(executed);
		Optional<Integer> confirmed = lastMatch(earlier, EventTypes.TRANSFER_CONFIRMED, terms);
		if (confirmed.isEmpty()) {
			tally.violated(Violation.of(executed, "no earlier TransferConfirmed of the same transfer, amount, "
					+ "currency and recipient by the same customer in this conversation"));
			return;
		}
		AuditRecord confirmation = earlier.get(confirmed.get());
		if (lastMatch(earlier.subList(0, confirmed.get()), EventTypes.TRANSFER_CONFIRMATION_REQUESTED, terms)
			.isEmpty()) {
			tally.violated(Violation.of(executed,
					"its TransferConfirmed answers no earlier " + "TransferConfirmationRequested with the same values",
					confirmation));
		}
	}

	private Optional<Integer> lastMatch(List<AuditRecord> records, String type, TransferTerms terms) {
		for (int i = records.size() - 1; i >= 0; i--) {
			AuditRecord record = records.get(i);
			if (type.equals(record.event().type()) && terms(record).sameAs(terms)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	private TransferTerms terms(AuditRecord record) {
		return TransferTerms.of(this.clearEnvelope.apply(record));
	}

}
