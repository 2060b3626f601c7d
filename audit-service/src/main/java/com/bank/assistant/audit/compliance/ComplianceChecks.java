package com.bank.assistant.audit.compliance;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.bank.assistant.audit.trail.AuditRecord;
import com.bank.assistant.audit.trail.AuditTrail;
import com.bank.assistant.audit.trail.BrokenRecord;
import com.bank.assistant.audit.trail.ConversationChain;
import com.bank.assistant.audit.trail.TrailStore;
import com.bank.assistant.audit.trail.Verification;

/**
 * Runs every check over every conversation, reading each chain once from one snapshot.
 */
public final class ComplianceChecks {

	static final String CHAINS = "chains-verify";

	private final TrailStore store;

	private final Clock clock;

	private final TransferConfirmationCheck transfers;

	private final PolicyDecisionCheck decisions;

	/**
	 * Checks the trail in {@code store}; transfer terms are read from the clear envelopes
	 * {@code trail} opens.
	 */
	public ComplianceChecks(TrailStore store, AuditTrail trail, PolicyDecisionRule rule, Clock clock) {
		this.store = store;
		this.clock = clock;
		this.transfers = new TransferConfirmationCheck(trail::clearEnvelope);
		this.decisions = new PolicyDecisionCheck(rule);
	}

	/** Every check over the whole trail. */
	public ComplianceReport run() {
		CheckTally chains = new CheckTally(CHAINS, "every conversation's hash chain verifies end to end");
		CheckTally confirmed = this.transfers.tally();
		CheckTally decided = this.decisions.tally();
		List<String> conversations = this.store.conversationIds();
		for (String conversation : conversations) {
			chains.checked();
			Optional<ConversationChain> chain = this.store.chain(conversation);
			if (chain.isEmpty()) {
				chains.violated(new Violation(conversation, null, 0, "records without a chain head", List.of()));
				continue;
			}
			verify(chain.get(), chains);
			this.transfers.check(chain.get().records(), confirmed);
			this.decisions.check(chain.get().records(), decided);
		}
		return ComplianceReport.of(this.clock.instant(), conversations.size(),
				List.of(chains.result(), confirmed.result(), decided.result()));
	}

	private static void verify(ConversationChain chain, CheckTally tally) {
		Verification verification = chain.verify();
		if (verification.ok()) {
			return;
		}
		BrokenRecord broken = verification.brokenRecord();
		List<AuditRecord> shown = chain.records()
			.stream()
			.filter((record) -> (broken.eventId() != null) ? broken.eventId().equals(record.event().eventId())
					: record.sequence() == verification.recordsChecked())
			.toList();
		tally.violated(new Violation(chain.head().conversationId(), broken.eventId(), broken.sequence(),
				broken.reason() + " (expected hash " + broken.expectedHash() + ", stored " + broken.storedHash() + ")",
				shown));
	}

}
