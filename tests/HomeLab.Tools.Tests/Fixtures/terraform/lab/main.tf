# A stand-in for an L2 root that needs no provider: one terraform_data per host of the persona spec, built from the
# spec and the stable template manifest as the real roots read them.
terraform {
  required_version = ">= 1.6"
}

variable "pve_access_host" {
  type    = string
  default = ""
}

variable "pm_token_id" {
  type    = string
  default = ""
}

variable "pm_token_secret" {
  type      = string
  default   = ""
  sensitive = true
}

variable "pm_tls_insecure" {
  type    = bool
  default = false
}

variable "proxmox_vm_public_key" {
  type    = string
  default = ""
}

variable "reject_token" {
  type    = bool
  default = false
}

locals {
  spec     = jsondecode(file("${path.module}/spec/terraform.json"))
  manifest = jsondecode(file("${path.module}/spec/vm-template-stable.json"))
  hosts    = { for name, host in local.spec.hosts : name => host.terraform }
}

resource "terraform_data" "vm" {
  for_each = local.hosts

  input = {
    node          = each.value.node
    cpu           = each.value.cpu
    memory_mb     = each.value.memory_mb
    ip            = each.value.ip
    template_vmid = local.manifest.vmid
  }

  triggers_replace = [each.value.disk_gb]
}

resource "terraform_data" "token" {
  input = var.pm_token_secret

  lifecycle {
    precondition {
      condition     = !var.reject_token
      error_message = "The Proxmox API rejected the token ${nonsensitive(var.pm_token_secret)}."
    }
  }
}

output "vm_ids" {
  value = { for name, vm in terraform_data.vm : name => vm.id }
}

output "ip_addresses" {
  value = { for name, host in local.hosts : name => host.ip }
}

output "template_vmid" {
  value = local.manifest.vmid
}

output "secret_hash" {
  value = nonsensitive(sha256(var.pm_token_secret))
}

output "token_secret" {
  value     = var.pm_token_secret
  sensitive = true
}

output "proxmox" {
  value = {
    access_host  = var.pve_access_host
    token_id     = var.pm_token_id
    public_key   = var.proxmox_vm_public_key
    tls_insecure = var.pm_tls_insecure
  }
}
