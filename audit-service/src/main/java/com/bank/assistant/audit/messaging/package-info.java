/**
 * Reads every topic as raw bytes and hands each event, or the unreadable bytes, to the
 * trail.
 */
package com.bank.assistant.audit.messaging;
