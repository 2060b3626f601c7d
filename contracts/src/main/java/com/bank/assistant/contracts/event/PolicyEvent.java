package com.bank.assistant.contracts.event;

/** Events written by policy-service. */
public sealed interface PolicyEvent extends AssistantEvent permits PolicyRulesPublished {

}
