package com.bank.assistant.contracts.event;

/** Events written by the language-understanding services. */
public sealed interface NluEvent extends AssistantEvent permits IntentDetected, SlotsUpdated {

}
