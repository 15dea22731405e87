output "vm_ids" {
  description = "Each host's VMID."
  value       = { for name, vm in proxmox_virtual_environment_vm.host : name => vm.vm_id }
}

output "ip_addresses" {
  description = "Each host's IPv4 address, from its spec."
  value       = { for name, host in local.hosts : name => split("/", regex("ip=([^,]+)", host.ipconfig)[0])[0] }
}
