/**
 * The load generator behind {@code bin/assistant bench}: simulated customers chatting
 * through the gateway, every turn's latency in a histogram, and the report it prints.
 */
package com.bank.assistant.localstack.bench;
