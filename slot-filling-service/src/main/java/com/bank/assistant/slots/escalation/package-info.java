/**
 * Escalation of an unsure intent to the large tier, when the policy gate allows it: the
 * decision, the large model's choice and its cost go into the turn's {@code SlotsUpdated}
 * and envelope. The large model itself is behind the
 * {@link com.bank.assistant.slots.escalation.IntentChooser} port.
 */
package com.bank.assistant.slots.escalation;
