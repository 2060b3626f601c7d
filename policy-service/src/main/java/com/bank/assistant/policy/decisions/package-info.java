/**
 * The gate decisions seen on the slots topic, tallied: escalations considered, run and
 * refused, by outcome and reason. Free of Spring and Kafka.
 */
package com.bank.assistant.policy.decisions;
