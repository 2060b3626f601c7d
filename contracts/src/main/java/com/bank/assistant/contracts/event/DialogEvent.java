package com.bank.assistant.contracts.event;

/** Events that answer the customer. */
public sealed interface DialogEvent extends AssistantEvent permits AssistantReplied {

}
