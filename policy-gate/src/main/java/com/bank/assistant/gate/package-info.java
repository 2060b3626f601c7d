/**
 * The policy gate's domain: decides, before a model step runs, whether it may (cost
 * against the transaction's value, the deadline, the budgets), on the last rules
 * policy-service published. No Kafka, Redis, Micrometer or Spring here.
 */
package com.bank.assistant.gate;
