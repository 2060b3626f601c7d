/**
 * The event records, in sealed families: past-tense names, immutable, read tolerantly
 * (unknown fields are ignored) and changed only additively.
 */
package com.bank.assistant.contracts.event;
