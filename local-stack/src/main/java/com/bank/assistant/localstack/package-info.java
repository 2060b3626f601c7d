/**
 * The {@code bin/assistant} launcher: one command to run the whole assistant and to chat
 * with it.
 */
package com.bank.assistant.localstack;
