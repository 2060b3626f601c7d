/**
 * One turn of slot filling: the intent as reviewed, the message's values, the merge into
 * the conversation's remembered frame, and the end of a task. Domain with ports
 * ({@link com.bank.assistant.slots.turn.SlotMemoryStore},
 * {@link com.bank.assistant.slots.turn.IntentReview},
 * {@link com.bank.assistant.slots.contacts.ContactDirectory}); no Spring, Kafka, Redis or
 * JDBC.
 */
package com.bank.assistant.slots.turn;
