/**
 * audit-service: keeps a tamper-evident trail of every event on every topic, one hash
 * chain per conversation.
 */
package com.bank.assistant.audit;
