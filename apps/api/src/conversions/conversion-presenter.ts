import { formatMoney } from '#domain';
import { type Conversion, type ConversionReversal } from '#core/conversions/conversion.entity.js';
import { type ConversionResponse, type ReversalResponse } from './dto/conversion.dto.js';

export function presentConversion(conversion: Conversion): ConversionResponse {
  return {
    id: conversion.id,
    transactionId: conversion.transactionId,
    amount: formatMoney(conversion.amountMinor, conversion.currency),
    currency: conversion.currency,
    status: conversion.status,
    flags: [],
    occurredAt: conversion.occurredAt.toISOString(),
    clickId: conversion.clickId,
    newCustomer: conversion.newCustomer,
    reversedAmount: formatMoney(conversion.reversedMinor, conversion.currency),
    adv: conversion.adv,
    attribution: [],
    createdAt: conversion.createdAt.toISOString(),
  };
}

export function presentReversal(reversal: ConversionReversal, conversion: Conversion): ReversalResponse {
  const money = (minor: number): string => formatMoney(minor, conversion.currency);
  return {
    id: reversal.id,
    transactionId: conversion.transactionId,
    amount: money(reversal.amountMinor),
    currency: conversion.currency,
    reason: reversal.reason,
    reversedAmount: money(conversion.reversedMinor),
    remainingAmount: money(conversion.amountMinor - conversion.reversedMinor),
    status: conversion.status,
  };
}
