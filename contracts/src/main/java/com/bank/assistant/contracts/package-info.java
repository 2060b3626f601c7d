/**
 * The shared language of the assistant's services: the CloudEvents envelope, topic names,
 * typed ids and money. Data only: no Spring, no behaviour beyond the invariants of a
 * value.
 */
package com.bank.assistant.contracts;
