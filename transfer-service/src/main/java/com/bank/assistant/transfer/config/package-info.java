/**
 * Settings and wiring: the typed {@code assistant.transfer} properties, the beans that
 * join the domain to its adapters, and the optional demo data location.
 */
package com.bank.assistant.transfer.config;
