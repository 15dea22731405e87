namespace HomeLab.Build.Tests.Support;

/// <summary>
/// An L2 Terraform root that needs no provider: it reads its persona spec and the OS's stable manifest with
/// <c>jsondecode(file(...))</c>, as the real roots do, and makes one <c>terraform_data</c> per host. Its outputs expose
/// what arrived through <c>TF_VAR_*</c> (the token secret only as a hash) and when the applied plan was made.
/// </summary>
internal static class OfflineRoot
{
    /// <summary>
    /// Writes <c>main.tf</c> into <paramref name="root"/>, whose spec and manifest are at <paramref name="labFromRoot"/>
    /// (relative to the root); <paramref name="padding"/> extra resources make the plan's output longer.
    /// </summary>
    public static void Write(string root, string os, string persona, int padding = 0, string labFromRoot = "../../..")
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "main.tf"), $$"""
            terraform {
              required_version = ">= 1.6"
            }

            variable "pve_access_host" {
              type = string
            }

            variable "pm_token_id" {
              type = string
            }

            variable "pm_token_secret" {
              type      = string
              sensitive = true
            }

            variable "pm_tls_insecure" {
              type    = bool
              default = false
            }

            variable "proxmox_vm_public_key" {
              type = string
            }

            locals {
              spec     = jsondecode(file("${path.module}/{{labFromRoot}}/infra/os/{{os}}/personas/{{persona}}/spec/terraform.json"))
              manifest = jsondecode(file("${path.module}/{{labFromRoot}}/infra/os/{{os}}/spec/vm-template-stable.json"))
              hosts    = { for name, host in local.spec.hosts : name => host.terraform }
            }

            resource "terraform_data" "vm" {
              for_each = local.hosts

              input = {
                node      = each.value.node
                clone     = local.manifest.vmid
                cores     = each.value.cpu
                memory    = each.value.memory_mb
                tags      = each.value.tags
                ipconfig  = each.value.ipconfig
                ssh_key   = var.proxmox_vm_public_key
              }
            }

            resource "terraform_data" "padding" {
              count = {{padding}}
              input = "{{os}}_{{persona}} padding ${count.index}"
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

            output "access_host" {
              value = var.pve_access_host
            }

            output "token_id" {
              value = var.pm_token_id
            }

            output "public_key" {
              value = var.proxmox_vm_public_key
            }

            output "token_secret_sha256" {
              value = nonsensitive(sha256(var.pm_token_secret))
            }

            output "token_secret" {
              value     = var.pm_token_secret
              sensitive = true
            }

            output "planned_at" {
              value = plantimestamp()
            }
            """);
    }
}
