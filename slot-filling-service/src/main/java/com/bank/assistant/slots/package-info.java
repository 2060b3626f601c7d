/**
 * slot-filling-service: reads amounts, currencies, recipients, Pix keys and dates out of
 * each message, keeps each conversation's slot frame and resolves saved contacts. This
 * package wires the capabilities together.
 */
package com.bank.assistant.slots;
