/**
 * Live telemetry of model steps: sliding-window latency percentiles, cost and late turns
 * per step and model. Free of Kafka, web and Micrometer; observers are a port.
 */
package com.bank.assistant.policy.telemetry;
