/**
 * The large tier over an OpenAI-compatible chat-completions API: a prompt listing the
 * catalog's intents, a JSON answer validated against them, and Resilience4j's time
 * limiter, circuit breaker and bulkhead around every call.
 */
package com.bank.assistant.slots.escalation.llm;
