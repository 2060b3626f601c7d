package com.bank.assistant.audit.trail;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

	private final List<AuditRecord> records = TrailMother.threeEventTurn();

	private final ChainHead head = TrailMother.headOf(this.records);

	@Test
	void chainAsWrittenVerifies() {
		Verification verification = ChainVerifier.verify(this.head, this.records);

		assertThat(verification.ok()).isTrue();
		assertThat(verification.recordsChecked()).isEqualTo(3);
		assertThat(verification.brokenRecord()).isNull();
	}

	@Test
	void recordsAreNumberedAndLinked() {
		assertThat(this.records).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L);
		assertThat(this.records.get(0).previousHash()).isEqualTo(ChainHash.GENESIS);
		assertThat(this.records.get(1).previousHash()).isEqualTo(this.records.get(0).hash());
		assertThat(this.records.get(2).previousHash()).isEqualTo(this.records.get(1).hash());
	}

	@Test
	void editedEnvelopeIsNamed() {
		List<AuditRecord> tampered = new ArrayList<>(this.records);
		AuditRecord second = tampered.get(1);
		tampered.set(1, TrailMother.withEnvelope(second, second.event().envelopeJson().replace("20", "2000")));

		Verification verification = ChainVerifier.verify(this.head, tampered);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.recordsChecked()).isEqualTo(1);
		assertThat(verification.brokenRecord().eventId()).isEqualTo("event-2");
		assertThat(verification.brokenRecord().storedHash()).isEqualTo(second.hash());
		assertThat(verification.brokenRecord().expectedHash()).isNotEqualTo(second.hash());
	}

	@Test
	void deletedRecordIsFoundAtTheNextOne() {
		List<AuditRecord> tampered = new ArrayList<>(this.records);
		tampered.remove(1);

		Verification verification = ChainVerifier.verify(this.head, tampered);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.brokenRecord().eventId()).isEqualTo("event-3");
	}

	@Test
	void deletedLastRecordIsFoundAtTheHead() {
		Verification verification = ChainVerifier.verify(this.head, this.records.subList(0, 2));

		assertThat(verification.ok()).isFalse();
		assertThat(verification.brokenRecord().eventId()).isNull();
		assertThat(verification.brokenRecord().expectedHash()).isEqualTo(this.records.get(2).hash());
	}

	@Test
	void reorderedRecordsAreFound() {
		List<AuditRecord> tampered = List.of(this.records.get(0), this.records.get(2), this.records.get(1));

		Verification verification = ChainVerifier.verify(this.head, tampered);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.brokenRecord().eventId()).isEqualTo("event-3");
	}

	@Test
	void renumberedSwapIsFound() {
		List<AuditRecord> tampered = List.of(this.records.get(0), TrailMother.withSequence(this.records.get(2), 2),
				TrailMother.withSequence(this.records.get(1), 3));

		Verification verification = ChainVerifier.verify(this.head, tampered);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.brokenRecord().eventId()).isEqualTo("event-3");
		assertThat(verification.brokenRecord().sequence()).isEqualTo(2);
	}

	@Test
	void emptyChainVerifies() {
		assertThat(ChainVerifier.verify(ChainHead.empty("c-1"), List.of()).ok()).isTrue();
	}

}
