/**
 * Starts and stops the whole assistant on one machine: the servers, then every service as
 * its own JVM.
 */
package com.bank.assistant.localstack.stack;
