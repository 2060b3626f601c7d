package com.bank.assistant.contracts.event;

/**
 * Any event the assistant's services exchange; its family says which service writes it.
 */
public sealed interface AssistantEvent permits ChatEvent, NluEvent, DialogEvent, TransferEvent, PolicyEvent {

}
