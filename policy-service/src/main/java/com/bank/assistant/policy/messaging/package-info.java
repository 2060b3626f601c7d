/** Reads the NLU topics and hands every model step's usage to the telemetry. */
package com.bank.assistant.policy.messaging;
