/**
 * The audit trail's domain: per-conversation hash chains, their canonical form and their
 * verification. Free of Kafka, web and JDBC; the store is a port.
 */
package com.bank.assistant.audit.trail;
