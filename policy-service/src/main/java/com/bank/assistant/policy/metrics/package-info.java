/** Publishes every model step sample as Micrometer meters tagged by step and model. */
package com.bank.assistant.policy.metrics;
