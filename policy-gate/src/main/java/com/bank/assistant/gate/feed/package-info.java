/**
 * Reads policy-service's rules topic into the gate's known rules, without a consumer
 * group.
 */
package com.bank.assistant.gate.feed;
