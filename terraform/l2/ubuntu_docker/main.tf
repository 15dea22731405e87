# One VM per host of the ubuntu/docker persona, cloned from the stable template that L1 promoted.
locals {
  lab      = "${path.module}/../../.."
  persona  = jsondecode(file("${local.lab}/infra/os/ubuntu/personas/docker/spec/terraform.json"))
  template = jsondecode(file("${local.lab}/infra/os/ubuntu/spec/vm-template-stable.json"))
  hosts    = { for name, host in local.persona.hosts : name => host.terraform }
}

resource "proxmox_virtual_environment_vm" "host" {
  for_each = local.hosts

  name      = each.key
  node_name = each.value.node
  tags      = each.value.tags
  on_boot   = true

  clone {
    vm_id = local.template.vmid
    full  = true
  }

  cpu {
    cores   = each.value.cpu
    sockets = 1
    type    = "kvm64"
  }

  memory {
    dedicated = each.value.memory_mb
  }

  scsi_hardware = var.scsihw

  disk {
    interface    = "scsi0"
    datastore_id = var.storage
    size         = each.value.disk_gb
    ssd          = true
    discard      = "on"
  }

  network_device {
    bridge      = var.bridge
    model       = "virtio"
    mac_address = try(each.value.mac_address, null)
  }

  initialization {
    user_account {
      username = var.ci_user
      keys     = [var.proxmox_vm_public_key]
    }

    ip_config {
      ipv4 {
        address = regex("ip=([^,]+)", each.value.ipconfig)[0]
        gateway = regex("gw=([^,]+)", each.value.ipconfig)[0]
      }
    }
  }

  lifecycle {
    # Tags are often edited in the Proxmox UI; the spec sets them once.
    ignore_changes = [tags]
  }
}
