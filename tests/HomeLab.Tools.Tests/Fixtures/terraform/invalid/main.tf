resource "terraform_data" "vm" {
  cores = 2
}

resource "terraform_data" "template" {
  input = var.template_vmid
}
