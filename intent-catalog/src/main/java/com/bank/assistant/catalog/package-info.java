/**
 * The intent catalog: one YAML file per intent that product teams edit, read into plain
 * records, and the linter the build runs on it. Free of Spring, Kafka and models.
 */
package com.bank.assistant.catalog;
