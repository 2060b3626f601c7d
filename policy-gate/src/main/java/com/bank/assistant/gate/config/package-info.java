/**
 * The gate as a Spring Boot auto-configuration: a service adds the dependency and injects
 * {@code PolicyGate}.
 */
package com.bank.assistant.gate.config;
