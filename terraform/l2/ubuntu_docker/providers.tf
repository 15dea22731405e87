provider "proxmox" {
  endpoint  = startswith(var.pve_access_host, "https://") ? var.pve_access_host : "https://${var.pve_access_host}/"
  api_token = "${var.pm_token_id}=${var.pm_token_secret}"
  insecure  = var.pm_tls_insecure
}
