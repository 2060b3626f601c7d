/** intent-service: reads each customer message and says what the customer wants. */
package com.bank.assistant.intent;
