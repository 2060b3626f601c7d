/**
 * The gate's rules as data: a YAML document, validated, stored as numbered versions; the
 * highest version is in force. Free of Spring, Kafka and JDBC.
 */
package com.bank.assistant.policy.rules;
