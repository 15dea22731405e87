# HomeLab hands these to Terraform as TF_VAR_* in its environment, never on the command line.
variable "pve_access_host" {
  description = "The Proxmox API host, as PVE_ACCESS_HOST gives it: host, host:port or https://host:port."
  type        = string
}

variable "pm_token_id" {
  description = "The API token id, user@realm!token."
  type        = string
}

variable "pm_token_secret" {
  description = "The API token secret."
  type        = string
  sensitive   = true
}

variable "pm_tls_insecure" {
  description = "Skip certificate checks (PVE_TLS_INSECURE=1)."
  type        = bool
  default     = false
}

variable "proxmox_vm_public_key" {
  description = "The SSH public key the VMs accept for ci_user."
  type        = string
}

variable "storage" {
  description = "The storage of the VMs' disks."
  type        = string
  default     = "local-lvm"
}

variable "scsihw" {
  description = "The SCSI controller."
  type        = string
  default     = "virtio-scsi-single"
}

variable "bridge" {
  description = "The bridge of each VM's NIC."
  type        = string
  default     = "vmbr0"
}

variable "ci_user" {
  description = "The cloud-init user."
  type        = string
  default     = "lab"
}
