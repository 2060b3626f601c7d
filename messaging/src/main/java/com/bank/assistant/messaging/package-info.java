/**
 * How envelopes travel between services: the CloudEvents JSON codec, the message
 * converter Spring Cloud Stream uses for it, the rules that chain one event to the next,
 * and the tuned Kafka binder defaults.
 */
package com.bank.assistant.messaging;
