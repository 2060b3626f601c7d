/**
 * Personal data in the trail: the masked form every reader sees and the AES-GCM seal that
 * keeps the clear form for the few allowed to read it. Pure Java and Jackson.
 */
package com.bank.assistant.audit.pii;
