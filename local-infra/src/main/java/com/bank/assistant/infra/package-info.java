/**
 * Real Kafka, Redis and PostgreSQL servers for the local stack and the integration tests:
 * in-process or child-process engines on a machine without Docker, containers where a
 * Docker engine runs.
 */
package com.bank.assistant.infra;
