/**
 * Internal HTTP endpoints that read and verify a conversation's trail; the gateway will
 * put authentication in front of them.
 */
package com.bank.assistant.audit.web;
