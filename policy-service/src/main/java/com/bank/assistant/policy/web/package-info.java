/** HTTP endpoints with the live step figures and the model catalog. */
package com.bank.assistant.policy.web;
