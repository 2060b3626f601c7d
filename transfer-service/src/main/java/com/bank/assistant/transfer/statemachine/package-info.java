/**
 * The dialog as a Spring Statemachine: the states, events and transitions of a transfer
 * conversation, with the guards and actions of {@code dialog.DialogSteps}. The machine is
 * rebuilt for each message from the conversation's readable state and read back after it.
 */
package com.bank.assistant.transfer.statemachine;
