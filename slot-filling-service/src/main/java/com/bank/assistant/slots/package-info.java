/**
 * slot-filling-service: reads amounts, currencies, recipients, Pix keys and dates out of
 * each message.
 */
package com.bank.assistant.slots;
