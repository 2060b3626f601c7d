package com.bank.assistant.contracts.event;

/** Events written by the gateway. */
public sealed interface ChatEvent extends AssistantEvent permits MessageReceived {

}
