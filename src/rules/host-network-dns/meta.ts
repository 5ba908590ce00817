import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'host-network-dns',
  severity: 'warning',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy',
  summary:
    'A hostNetwork pod with dnsPolicy ClusterFirst falls back to the node’s resolver and cannot resolve Service names.',
  messages: {
    default:
      'dnsPolicy ClusterFirst with hostNetwork: the kubelet falls back to the node’s resolv.conf (policy Default), so cluster Service names do not resolve; use ClusterFirstWithHostNet',
    defaulted:
      'hostNetwork without dnsPolicy: it defaults to ClusterFirst, which for hostNetwork pods falls back to the node’s resolv.conf (policy Default), so cluster Service names do not resolve; set dnsPolicy: ClusterFirstWithHostNet',
  },
  fix: 'Set dnsPolicy: ClusterFirstWithHostNet, or dnsPolicy: Default if the pod really wants only the node’s resolver.',
} satisfies RuleFolderMeta;
