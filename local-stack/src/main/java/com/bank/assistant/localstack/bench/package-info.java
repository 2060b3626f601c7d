/**
 * The load generator behind {@code bin/assistant bench}: simulated customers holding
 * whole conversations (or the earlier query mix) through the gateway, every turn's
 * latency in a histogram, and beside it the bare Kafka hop, the CPU time of every process
 * of the stack, the model cost from policy-service and a money check, written as text,
 * markdown and JSON.
 */
package com.bank.assistant.localstack.bench;
