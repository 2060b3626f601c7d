/**
 * policy-service: watches every model step's latency and cost, and will gate the steps on
 * them.
 */
package com.bank.assistant.policy;
