/**
 * Wires the escalation: the gate from policy-gate, the large tier, the catalog's intents.
 */
package com.bank.assistant.slots.escalation.config;
