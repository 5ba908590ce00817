import type { PodRule } from './types';

/** hostNetwork with dnsPolicy ClusterFirst (also when defaulted). */
export const rule: PodRule = {
  id: 'host-network-dns',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy',
  summary:
    'A hostNetwork pod with dnsPolicy ClusterFirst falls back to the node’s resolver and cannot resolve Service names.',
  messages: {
    default:
      'dnsPolicy ClusterFirst with hostNetwork: the kubelet falls back to the node’s resolv.conf (policy Default), so cluster Service names do not resolve; use ClusterFirstWithHostNet',
    defaulted:
      'hostNetwork without dnsPolicy: it defaults to ClusterFirst, which for hostNetwork pods falls back to the node’s resolv.conf (policy Default), so cluster Service names do not resolve; set dnsPolicy: ClusterFirstWithHostNet',
  },
  fix: 'Set dnsPolicy: ClusterFirstWithHostNet (or dnsPolicy: Default if the pod really wants the node’s resolver).',
  check({ model, report }) {
    if (!model.hostNetwork || model.dnsPolicy !== 'ClusterFirst') return;
    const written = typeof model.spec.dnsPolicy === 'string';
    report({
      path: [...model.workload.podSpecPath, 'dnsPolicy'],
      messageId: written ? 'default' : 'defaulted',
      namespaces: ['network'],
    });
  },
};
