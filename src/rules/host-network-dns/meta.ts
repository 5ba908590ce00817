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
    agentDaemonSet:
      'hostNetwork DaemonSet with dnsPolicy ClusterFirst (written or by default): its pods resolve names through the node’s resolv.conf, not cluster DNS. For a node agent (CNI plugin, kube-proxy, node exporter) that is usually intended, because it has to work before cluster DNS does: set dnsPolicy: Default to say so. Only an agent that must resolve Service names needs ClusterFirstWithHostNet',
    agentDaemonSetPod:
      'pod of DaemonSet {owner} on hostNetwork with dnsPolicy ClusterFirst (written or by default): it resolves names through the node’s resolv.conf, not cluster DNS. For a node agent (CNI plugin, kube-proxy, node exporter) that is usually intended, because it has to work before cluster DNS does: set dnsPolicy: Default in the DaemonSet to say so. Only an agent that must resolve Service names needs ClusterFirstWithHostNet',
    agentContainer:
      'container {container} is a node agent on hostNetwork with dnsPolicy ClusterFirst (written or by default): it resolves names through the node’s resolv.conf, not cluster DNS. For a node agent that is usually intended, because it has to work before cluster DNS does: set dnsPolicy: Default to say so. Only an agent that must resolve Service names needs ClusterFirstWithHostNet',
  },
  fix: 'Set dnsPolicy: ClusterFirstWithHostNet, or dnsPolicy: Default if the pod really wants only the node’s resolver, as node agents (CNI plugins, kube-proxy, node exporters) usually do.',
} satisfies RuleFolderMeta;
