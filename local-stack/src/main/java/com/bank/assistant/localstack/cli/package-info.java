/** The terminal side of the launcher: arguments, the chat client and what is printed. */
package com.bank.assistant.localstack.cli;
